package org.alloygan.support.web;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that happen outside Spring MVC (in a servlet filter, or rejected by the container) reach the
 * error page; this renders them as problem+json too, instead of Spring Boot's own error JSON, so that
 * every error of every service has the same shape. Never shows exception messages: they may carry
 * internals.
 */
@RestController
public class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request, HttpServletResponse response) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value && HttpStatus.resolve(value) != null && value >= 400)
				? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
		String correlationId = CorrelationIdFilter.current();
		if (correlationId == null) {
			correlationId = response.getHeader(CorrelationIdFilter.HEADER);
		}
		String detail = status.is5xxServerError()
				? "unexpected error" + ((correlationId != null) ? "; quote correlation id " + correlationId
						+ " when reporting it" : "")
				: status.getReasonPhrase();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://alloygan.org/problems/" + status.value()));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		problem.setInstance(URI.create((uri != null) ? uri.toString() : request.getRequestURI()));
		if (correlationId != null) {
			problem.setProperty("correlationId", correlationId);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
