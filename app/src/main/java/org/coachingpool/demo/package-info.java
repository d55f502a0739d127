/**
 * Demo data for the embedded default, only when {@code coachingpool.demo} is true and never in
 * production: sample people, organisations and a small pool at start-up, and
 * {@link org.coachingpool.demo.Simulator}, which replays a pool year of cases through the real
 * services and engine with the clock moved day by day ({@code ./run --simulate}, the reports'
 * tests and benchmarks), with {@link org.coachingpool.demo.PoolActions}, the steps people take, shared
 * with the fault suite. Owns nothing: sample people and members come through
 * {@code people.SamplePeople} and {@code pool.SampleMembers}, which refuse in the prod profile.
 */
package org.coachingpool.demo;
