package org.coachingpool.demo;

import java.time.Duration;
import org.coachingpool.reports.ImpactReports;
import org.coachingpool.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code ./run --simulate}: once the demo people are in, replays last pool year through the
 * simulator, so the reports have a year to show. Runs once per data folder: a later start finds
 * the simulated people and does nothing.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "coachingpool.demo", havingValue = "true")
class SimulationAtStart {

    private static final Logger log = LoggerFactory.getLogger(SimulationAtStart.class);

    private final Simulator simulator;
    private final ImpactReports reports;
    private final UserDirectory directory;
    private final int requests;

    SimulationAtStart(Simulator simulator, ImpactReports reports, UserDirectory directory,
            @Value("${coachingpool.simulate:0}") int requests) {
        this.simulator = simulator;
        this.reports = reports;
        this.directory = directory;
        this.requests = requests;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void simulateLastYear() {
        if (requests <= 0) {
            return;
        }
        var year = reports.currentYear().previous();
        var parameters = SimulatedYear.Parameters.likeTheSeedPool(year.startYear());
        if (requests != parameters.requests()) {
            parameters = parameters.withRequests(requests, Math.max(12, requests / 5));
        }
        if (directory.userFor(Simulator.prefix(parameters) + "-thinker-0001").isPresent()) {
            log.info("Simulated year {} is loaded already: nothing to do", year.label());
            return;
        }
        var chosen = parameters;
        var thread = new Thread(() -> {
            log.info("Simulating {} with {} requests: the app's clock follows the simulated days until it finishes "
                    + "(a few minutes); sign in once the simulated year is reported loaded", year.label(),
                    chosen.requests());
            var tally = simulator.run(chosen);
            log.info("Simulated year loaded: {} requests, {} people supported, {} sessions, {} hours, {} of {} "
                    + "evaluations improved in all three; {} actions in {} s", tally.requests(),
                    tally.peopleSupported(), tally.sessions(), Math.round(tally.hours()),
                    tally.evaluatedAllImproved(), tally.evaluations(), tally.actions(),
                    Duration.between(tally.startedAt(), tally.finishedAt()).toSeconds());
        }, "simulator");
        thread.setDaemon(true);
        thread.start();
    }
}
