package org.alloygan.gateway.routing;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.alloygan.support.web.CorrelationIdFilter;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.client.ResourceAccessException;

/** A service that does not answer gives the caller a 503 problem, not a stack trace. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DownstreamProblems {

	@ExceptionHandler(ResourceAccessException.class)
	ProblemDetail unavailable(ResourceAccessException ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"the service behind " + request.getRequestURI() + " is not reachable right now; retry shortly");
		problem.setType(URI.create("https://alloygan.org/problems/503"));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("correlationId", CorrelationIdFilter.current());
		return problem;
	}

}
