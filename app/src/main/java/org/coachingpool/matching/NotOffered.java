package org.coachingpool.matching;

/**
 * Why a pool member is never offered a case. Each reason is a rule, not a weight: no score
 * makes up for it.
 */
public enum NotOffered {
    IS_THE_THINKER,
    IS_THE_SPONSOR,
    LINE_MANAGEMENT_CHAIN,
    SAME_TEAM,
    DECLINED,
    NO_RESPONSE,
    CHEMISTRY_NO_GO,
    WRONG_KIND,
    PAUSED,
    LEFT,
    JOINING,
    CANNOT_SIGN_IN,
    NO_CAPACITY
}
