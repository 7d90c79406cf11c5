package dev.bosun.workflow.flow;

import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

/**
 * The workflow pages answer 404 for anything the user may not see (another tenant's request, task or checklist),
 * exactly as for something that does not exist.
 */
@ControllerAdvice(basePackages = "dev.bosun.workflow")
class FlowErrorAdvice {

    @ExceptionHandler(NoSuchElementException.class)
    void notFound(NoSuchElementException e) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
