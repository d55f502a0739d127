package org.coachingpool.platform;

/**
 * Text people type may carry characters PostgreSQL refuses (NUL) or that nobody can see (other
 * control characters, usually pasted from another program). Services check every free-text
 * field with this before storing anything, so the person gets a message naming the field, not a
 * database error.
 */
public final class StorableText {

    private StorableText() {
    }

    /**
     * @param field the field the message belongs to, as the form names it
     * @param label how the person knows the field, in the middle of a sentence ("your goals")
     * @throws InvalidInputException when the text holds a control character other than tab or a line break
     */
    public static void require(String field, String label, String text) {
        if (text != null && !isStorable(text)) {
            throw new InvalidInputException(field, "There is a hidden character in " + label + " that cannot be saved, "
                    + "often left by copying and pasting. Delete and retype what you pasted, then try again.");
        }
    }

    public static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r' && Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }
}
