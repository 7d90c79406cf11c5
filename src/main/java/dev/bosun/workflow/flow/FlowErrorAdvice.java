package dev.bosun.workflow.flow;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The workflow pages answer 404 for anything the user may not see (another tenant's request, task or checklist),
 * exactly as for something that does not exist.
 */
@ControllerAdvice(basePackages = "dev.bosun.workflow")
class FlowErrorAdvice {

    @ExceptionHandler(NoSuchElementException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
