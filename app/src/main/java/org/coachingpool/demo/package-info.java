/**
 * Demo data for the embedded default, only when {@code coachingpool.demo} is true and never in
 * production: sample people, organisations and a small pool at start-up, and
 * {@link org.coachingpool.demo.Simulator}, which replays a pool year of cases through the real
 * services and engine with the clock moved day by day ({@code ./run --simulate}, the reports'
 * tests and benchmarks). Owns nothing; adds people in bulk at start-up or before a replay.
 */
package org.coachingpool.demo;
