package org.alloygan.support.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
		return handleExceptionInternal(ex, invalid(errors), headers, HttpStatus.BAD_REQUEST, request);
	}

	/** 400 naming every input that broke its constraints, in the detail and as {@code errors}. */
	private static ProblemDetail invalid(List<String> errors) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"invalid request: " + String.join("; ", errors));
		body.setProperty("errors", errors);
		return body;
	}

	/**
	 * A body that cannot be read at all: say whether it was missing, not JSON, or which field had the wrong type,
	 * because "Failed to read request" leaves a lab's script author guessing.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(ex, HttpStatus.BAD_REQUEST, unreadable(ex), request);
	}

	static String unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause == null) {
			return "request body is missing or empty; send a JSON object";
		}
		if (cause instanceof JsonParseException parse) {
			return "request body is not valid JSON (line " + parse.getLocation().getLineNr() + ", column "
					+ parse.getLocation().getColumnNr() + "): " + parse.getOriginalMessage();
		}
		if (cause instanceof InvalidFormatException format && !format.getPath().isEmpty()) {
			return "request body field '" + path(format) + "' cannot be " + quoted(format.getValue()) + " (expected "
					+ expected(format.getTargetType()) + ")";
		}
		if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			// a creator's own message (e.g. what a design target may look like) says more than the Java type
			String what = (mapping instanceof MismatchedInputException mismatch && mapping.getCause() == null)
					? "has the wrong shape (expected " + expected(mismatch.getTargetType()) + ")"
					: "is invalid: " + ex.getMostSpecificCause().getMessage();
			return "request body field '" + path(mapping) + "' " + what;
		}
		if (cause instanceof MismatchedInputException mismatch) {
			return "request body has the wrong shape (expected " + expected(mismatch.getTargetType()) + ")";
		}
		return "request body cannot be read: " + ex.getMostSpecificCause().getMessage();
	}

	/** What a value of this type looks like to someone writing JSON or a URL, not to Java. */
	private static String expected(Class<?> type) {
		if (type == null) {
			return "another type";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return "a JSON array";
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "a number";
		}
		if (type == String.class) {
			return "a string";
		}
		if (type == UUID.class) {
			return "a UUID";
		}
		if (type == LocalDate.class) {
			return "a date such as 2026-12-01";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "a date-time such as 2026-12-01T00:00:00Z";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		return "a JSON object";
	}

	private static String path(JsonMappingException ex) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference reference : ex.getPath()) {
			if (reference.getFieldName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
			}
			else {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String quoted(Object value) {
		return (value instanceof String text) ? "\"" + text + "\"" : String.valueOf(value);
	}

	/** Query parameters out of range: named as the caller wrote them, not as "list.size" (the Java method's). */
	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> violated(ConstraintViolationException ex, WebRequest request) {
		List<String> errors = new ArrayList<>();
		for (ConstraintViolation<?> violation : ex.getConstraintViolations()) {
			String name = null;
			for (Path.Node node : violation.getPropertyPath()) {
				name = node.getName();
			}
			errors.add(name + " " + violation.getMessage()
					+ ((violation.getInvalidValue() != null) ? " (was " + violation.getInvalidValue() + ")" : ""));
		}
		errors.sort(null);
		return handleExceptionInternal(ex, invalid(errors), new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
		return problem(ex, HttpStatus.NOT_FOUND, ex.getMessage(), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> badArgument(MethodArgumentTypeMismatchException ex, WebRequest request) {
		return problem(ex, HttpStatus.BAD_REQUEST, "'" + ex.getValue() + "' is not a valid " + ex.getName()
				+ " (expected " + expected(ex.getRequiredType()) + ")", request);
	}

	@ExceptionHandler(IllegalArgumentException.class)
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
