package org.atelier.survey.matrix;

public class TaskNotFound extends RuntimeException {

    public TaskNotFound(String code) {
        super("No task " + code + " in the matrix's catalogue");
    }
}
