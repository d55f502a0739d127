package org.coachingpool.faults;

import java.nio.file.Path;
import org.springframework.core.env.Environment;

/**
 * What the fault suite asks of one start of the app, from its command line ({@code --faults.*}).
 *
 * @param dir where the driver writes its progress and the fault file
 * @param cases how many relationships the driver takes from request to close
 * @param inFlight how many it keeps open at once
 * @param drop chance that an engine command's answer (or a pushed job) is lost
 * @param duplicate chance that an engine command is sent twice
 * @param kill chance that the app halts as it is about to send a job completion
 * @param seed the people's names and the draws start from it
 */
record FaultSettings(Path dir, int cases, int inFlight, double drop, double duplicate, double kill, long seed) {

    static FaultSettings from(Environment environment) {
        return new FaultSettings(Path.of(environment.getRequiredProperty("faults.dir")),
                environment.getProperty("faults.cases", Integer.class, 400),
                environment.getProperty("faults.in-flight", Integer.class, 60),
                environment.getProperty("faults.drop", Double.class, 0.0),
                environment.getProperty("faults.duplicate", Double.class, 0.0),
                environment.getProperty("faults.kill", Double.class, 0.0),
                environment.getProperty("faults.seed", Long.class, 1L));
    }

    boolean quiet() {
        return drop == 0 && duplicate == 0 && kill == 0;
    }
}
