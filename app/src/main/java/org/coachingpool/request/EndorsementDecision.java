package org.coachingpool.request;

/**
 * The sponsor's answer. Context and the reason for declining are free text: they are stored,
 * never sent to the engine.
 */
public record EndorsementDecision(boolean endorsed, boolean protectedTime, String context, String declineReason) {
}
