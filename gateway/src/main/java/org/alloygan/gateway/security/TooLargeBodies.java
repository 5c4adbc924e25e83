package org.alloygan.gateway.security;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.alloygan.support.web.CorrelationIdFilter;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A body sent without Content-Length that grew past the limit while being forwarded: 413, not 500. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TooLargeBodies {

	@ExceptionHandler(BodySizeLimitFilter.BodyTooLargeException.class)
	ProblemDetail tooLarge(BodySizeLimitFilter.BodyTooLargeException ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, ex.getMessage());
		problem.setType(URI.create("https://alloygan.org/problems/413"));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("correlationId", CorrelationIdFilter.current());
		return problem;
	}

}
