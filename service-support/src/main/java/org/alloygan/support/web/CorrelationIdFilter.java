package org.alloygan.support.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id (the caller's {@value #HEADER} if it is sane, else a new one), puts
 * it in the logging context and echoes it, so one request can be followed from the gateway into every
 * service.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Correlation-Id";

	public static final String MDC_KEY = "correlationId";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		String id = (given != null && SANE.matcher(given).matches()) ? given : UUID.randomUUID().toString();
		MDC.put(MDC_KEY, id);
		response.setHeader(HEADER, id);
		try {
			chain.doFilter((id.equals(given)) ? request : new WithCorrelationId(request, id), response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	/** Makes a generated id visible as a request header, so the gateway forwards it downstream. */
	private static final class WithCorrelationId extends HttpServletRequestWrapper {

		private final String id;

		WithCorrelationId(HttpServletRequest request, String id) {
			super(request);
			this.id = id;
		}

		@Override
		public String getHeader(String name) {
			return HEADER.equalsIgnoreCase(name) ? this.id : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HEADER.equalsIgnoreCase(name) ? Collections.enumeration(List.of(this.id)) : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			List<String> names = Collections.list(super.getHeaderNames());
			if (names.stream().noneMatch(HEADER::equalsIgnoreCase)) {
				names.add(HEADER);
			}
			return Collections.enumeration(names);
		}

	}

	/** The id of the request being served on this thread, or null outside a request. */
	public static String current() {
		return MDC.get(MDC_KEY);
	}

}
