package com.clearance.ingest;

import java.nio.file.Path;

/**
 * A file's name as messages show it: control characters (a newline, a terminal escape), invisible direction
 * overrides and other format characters are written as {@code \\uXXXX}, so a name can neither split a line of output
 * nor send anything to the terminal.
 */
public final class FileNames {

    private FileNames() {
    }

    public static String shown(Path file) {
        Path name = file.getFileName();
        return shown(name == null ? file.toString() : name.toString());
    }

    public static String shown(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean unsafe = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR;
            if (unsafe && sb == null) {
                sb = new StringBuilder(name.substring(0, i));
            }
            if (sb != null) {
                if (unsafe) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? name : sb.toString();
    }
}
