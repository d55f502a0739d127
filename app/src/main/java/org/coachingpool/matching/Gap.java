package org.coachingpool.matching;

/**
 * Demand against supply for one group: how many cases wait for it and how many active members
 * with a place free could take one.
 */
public record Gap(String group, int waiting, int available) {
}
