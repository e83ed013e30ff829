package com.clearance.library;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Walks a record tree and reports the first missing (null or blank) value by its dotted path, e.g. "cover.vendor". */
final class RequiredFields {

    private RequiredFields() {
    }

    static void check(Object value, String path, Set<String> optional, String file) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            if (!optional.contains(path)) {
                throw new ReportTemplateException(file + ": '" + path + "' is missing or empty");
            }
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                check(item, path + "[" + i++ + "]", optional, file);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                check(e.getValue(), path + "." + e.getKey(), optional, file);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                String child = path.isEmpty() ? c.getName() : path + "." + c.getName();
                try {
                    check(c.getAccessor().invoke(value), child, optional, file);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + child, e);
                }
            }
        }
    }
}
