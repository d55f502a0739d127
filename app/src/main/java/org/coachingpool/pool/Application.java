package org.coachingpool.pool;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * An offer to coach or mentor, as the pool team reviews it and the person follows it.
 *
 * @param motivation why they would like to, in their words (the pool team and they alone read it)
 * @param changesRequested what the pool team asked them to change in their profile, or null
 */
public record Application(String applicantName, String organisation, String jobTitle, String department,
        MemberKind kind, String motivation, String experience, Status status, LocalDate trainingCompletedOn,
        Set<Accreditation> accreditations, String changesRequested, Instant offeredAt) {

    /** Where an offer is, in words for the person who made it. */
    public enum Status {
        OFFERED("With the pool team"),
        IN_TRAINING("Invited to training"),
        WRITING_PROFILE("Trained: write your profile"),
        AWAITING_APPROVAL("Profile with the pool team for approval"),
        ACTIVE("In the pool"),
        NOT_TAKEN_FORWARD("Not taken forward for now"),
        TRAINING_NOT_COMPLETED("Training not completed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean open() {
            return this == OFFERED || this == IN_TRAINING || this == WRITING_PROFILE || this == AWAITING_APPROVAL;
        }
    }
}
