package com.clearance.cli;

import com.clearance.library.ClauseLibraryException;
import com.clearance.service.AppVersion;
import com.clearance.service.AuditService;
import picocli.CommandLine.IVersionProvider;

/** `clearance --version`: the app's version, the built-in clause library's version and the Java runtime. */
public final class VersionLines implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
                "Clearance " + AppVersion.get(),
                "Clause library " + libraryVersion(),
                "Java runtime " + AppVersion.javaRuntime(),
        };
    }

    private static String libraryVersion() {
        try {
            return AuditService.loadLibrary(null).library().version() + " (built in)";
        } catch (ClauseLibraryException e) {
            return "unreadable: " + e.getMessage();
        }
    }
}
