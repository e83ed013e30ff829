package com.clearance.app;

import com.clearance.service.Workbench;

import java.nio.file.Path;

/** Lets UI tests in other packages open a workbench the way the application does. */
public final class WorkbenchAssemblyAccess {

    private WorkbenchAssemblyAccess() {
    }

    public static Workbench open(Path dataFolder, String db) throws Exception {
        return WorkbenchAssembly.open(dataFolder, db, null);
    }
}
