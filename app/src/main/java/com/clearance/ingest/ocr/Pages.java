package com.clearance.ingest.ocr;

import java.util.List;

/** Page numbers as a reader writes them: "page 4", "pages 1-3, 7 and 9". */
final class Pages {

    private Pages() {
    }

    static String list(List<Integer> numbers) {
        if (numbers.size() == 1) {
            return "page " + numbers.get(0);
        }
        StringBuilder sb = new StringBuilder("pages ");
        int runs = 0;
        int i = 0;
        List<String> parts = new java.util.ArrayList<>();
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            parts.add(j > i ? numbers.get(i) + "-" + numbers.get(j) : String.valueOf(numbers.get(i)));
            runs++;
            i = j + 1;
        }
        for (int k = 0; k < parts.size(); k++) {
            sb.append(k == 0 ? "" : k == parts.size() - 1 ? " and " : ", ").append(parts.get(k));
        }
        return runs == 0 ? "no page" : sb.toString();
    }
}
