package org.accountsuccess.kpi.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Values interned as dense codes {@code 0..size-1} in the order first seen; {@code null} is code -1. */
final class Dictionary<T> {
    private final Map<T, Integer> codes = new HashMap<>();
    private final List<T> values = new ArrayList<>();

    /** The value's code, adding it when new. */
    int intern(T value) {
        if (value == null) {
            return -1;
        }
        Integer code = codes.get(value);
        if (code == null) {
            code = values.size();
            codes.put(value, code);
            values.add(value);
        }
        return code;
    }

    /** The value's code, or -1 when it was never interned. */
    int find(T value) {
        return value == null ? -1 : codes.getOrDefault(value, -1);
    }

    T value(int code) {
        return code < 0 ? null : values.get(code);
    }

    int size() {
        return values.size();
    }
}
