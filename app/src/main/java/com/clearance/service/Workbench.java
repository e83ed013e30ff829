package com.clearance.service;

import java.nio.file.Path;

/** The services one workbench window (or one CLI run) works with, over one database. */
public record Workbench(ContractLibraryService contracts, DecisionService decisions, CompareService compare,
                        ContractAuditor engine, ContractReports reports, LaunchService launches,
                        LaunchReports launchReports, Path dataFolder, Collaboration collaboration,
                        AutoCloseable resources)
        implements AutoCloseable {

    @Override
    public void close() throws Exception {
        resources.close();
    }
}
