package org.alloygan.support.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error leaves as RFC 9457 {@code application/problem+json} with type, title, status, detail,
 * instance and the correlation id; never a stack trace.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return problem(ex, HttpStatus.NOT_FOUND, "there is no API at /" + ex.getResourcePath(), request);
	}

	/** A body that breaks its declared constraints: the detail names each field and what it must be. */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<String> errors = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach((error) -> errors.add(error.getField() + " " + error.getDefaultMessage()
					+ ((error.getRejectedValue() != null) ? " (was " + error.getRejectedValue() + ")" : "")));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors.add(error.getObjectName() + " " + error.getDefaultMessage()));
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"invalid request: " + String.join("; ", errors));
		body.setProperty("errors", errors);
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
		return problem(ex, HttpStatus.NOT_FOUND, ex.getMessage(), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> badArgument(MethodArgumentTypeMismatchException ex, WebRequest request) {
		String expected = (ex.getRequiredType() != null) ? ex.getRequiredType().getSimpleName() : "another type";
		return problem(ex, HttpStatus.BAD_REQUEST,
				"'" + ex.getValue() + "' is not a valid " + ex.getName() + " (expected " + expected + ")", request);
	}

	@ExceptionHandler({ IllegalArgumentException.class, ConstraintViolationException.class })
	ResponseEntity<Object> badRequest(RuntimeException ex, WebRequest request) {
		return problem(ex, HttpStatus.BAD_REQUEST, ex.getMessage(), request);
	}

	@ExceptionHandler(IllegalStateException.class)
	ResponseEntity<Object> conflict(IllegalStateException ex, WebRequest request) {
		return problem(ex, HttpStatus.CONFLICT, ex.getMessage(), request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		log.error("Unexpected error serving {}", describe(request), ex);
		return problem(ex, HttpStatus.INTERNAL_SERVER_ERROR,
				"unexpected error; quote correlation id " + CorrelationIdFilter.current() + " when reporting it",
				request);
	}

	private ResponseEntity<Object> problem(Exception ex, HttpStatus status, String detail, WebRequest request) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		return handleExceptionInternal(ex, body, new HttpHeaders(), status, request);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			enrich(problem, request);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	static void enrich(ProblemDetail problem, WebRequest request) {
		if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
			problem.setType(URI.create("https://alloygan.org/problems/" + problem.getStatus()));
		}
		if (problem.getInstance() == null && request instanceof ServletWebRequest servlet) {
			problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
		}
		String correlationId = CorrelationIdFilter.current();
		if (correlationId != null) {
			problem.setProperty("correlationId", correlationId);
		}
	}

	private static String describe(WebRequest request) {
		return (request instanceof ServletWebRequest servlet)
				? servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI() : request.toString();
	}

}
