package org.coachingpool.modeller;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListeners;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import java.util.List;

/**
 * Camunda user tasks (zeebe:userTask) in an uploaded or edited model become job-worker user
 * tasks at deploy (ADR 0011): the app shows and completes every human task through its worklist,
 * over gRPC, on every engine. Assignment, form and due date carry over unchanged; task listeners,
 * which only Camunda user tasks have, are dropped, and validation warns about each such task.
 */
final class CamundaUserTasks {

    private CamundaUserTasks() {
    }

    static String asJobWorkerTasks(String xml) {
        var model = ModelChecks.read(xml);
        boolean changed = false;
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            var extensions = task.getExtensionElements();
            if (extensions == null) {
                continue;
            }
            for (var element : List.copyOf(extensions.getElements())) {
                if (element instanceof ZeebeUserTask || element instanceof ZeebeTaskListeners) {
                    extensions.getDomElement().removeChild(element.getDomElement());
                    changed = true;
                }
            }
        }
        return changed ? Bpmn.convertToString(model) : xml;
    }
}
