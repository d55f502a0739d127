package org.coachingpool.people;


/**
 * An organisation of the pool.
 *
 * @param people how many people belong to it
 * @param active false once it has left the pool: nobody new is added to it
 */
public record OrganisationRecord(OrganisationId id, String name, Kind kind, String contactName, String contactEmail,
        int people, boolean active) {

    /** Members subscribe to the pool; associates take part on other terms. */
    public enum Kind {
        MEMBER("Member"), ASSOCIATE("Associate");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
