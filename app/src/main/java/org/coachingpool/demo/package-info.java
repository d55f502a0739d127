/**
 * Demo data for the embedded default: sample people, organisations and a small pool, added only
 * when {@code coachingpool.demo} is true. Owns nothing; writes through the tables' owners' SQL at
 * start-up only.
 */
package org.coachingpool.demo;
