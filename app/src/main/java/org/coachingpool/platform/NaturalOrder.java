package org.coachingpool.platform;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Orders names as people read them: "Coach 2" before "Coach 10", "anne" beside "Anne", "Zoë"
 * beside "Zoe". Runs of digits compare by their value; the rest compares by a UK English collator
 * that ignores case and accents first.
 */
public final class NaturalOrder implements Comparator<String> {

    public static final Comparator<String> NAMES = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        // A Collator is not thread-safe; a fresh one per call is cheap next to what it sorts.
        var collator = Collator.getInstance(Locale.UK);
        collator.setStrength(Collator.SECONDARY);
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            boolean digitA = Character.isDigit(a.charAt(i));
            boolean digitB = Character.isDigit(b.charAt(j));
            int endA = run(a, i, digitA);
            int endB = run(b, j, digitB);
            int order;
            if (digitA && digitB) {
                order = compareNumbers(a.substring(i, endA), b.substring(j, endB));
            } else {
                order = collator.compare(a.substring(i, endA), b.substring(j, endB));
            }
            if (order != 0) {
                return order;
            }
            i = endA;
            j = endB;
        }
        int rest = Integer.compare(a.length() - i, b.length() - j);
        return rest != 0 ? rest : a.compareTo(b);
    }

    private static int run(String text, int from, boolean digits) {
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end)) == digits) {
            end++;
        }
        return end;
    }

    private static int compareNumbers(String x, String y) {
        String a = x.replaceFirst("^0+(?=.)", "");
        String b = y.replaceFirst("^0+(?=.)", "");
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}
