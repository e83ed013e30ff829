package com.clearance.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes one kind of report for an input to a stream. The caller owns the stream (and the atomic file it backs);
 * an exporter never closes it.
 */
public interface ReportExporter<T> {

    void export(T input, OutputStream out) throws IOException;

    /** The usual file extension, without the dot. */
    String extension();
}
