package org.coachingpool.definitions;

/** The engine refused a deployment: the model is invalid. Its message names the problem. */
public class DeploymentRefusedException extends RuntimeException {

    public DeploymentRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
