package org.alloygan.gateway.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code alloygan.gateway.max-body-size} with 413 problem+json: at once when
 * Content-Length says so, and while reading for bodies sent without a length (chunked), which then fail
 * with {@link BodyTooLargeException} before anything is answered.
 */
final class BodySizeLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(BodySizeLimitFilter.class);

	private final long max;

	private final ProblemResponses problems;

	BodySizeLimitFilter(DataSize max, ProblemResponses problems) {
		this.max = max.toBytes();
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.max) {
			log.info("413 {} {}: body of {} bytes, limit {}", request.getMethod(), request.getRequestURI(), length,
					this.max);
			this.problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, describe(this.max), Map.of());
			return;
		}
		chain.doFilter((length < 0) ? new Limited(request, this.max) : request, response);
	}

	static String describe(long max) {
		return "the request body is larger than the limit of " + DataSize.ofBytes(max).toKilobytes() + " KB";
	}

	/** Thrown while reading a body without Content-Length that turns out too large. */
	static final class BodyTooLargeException extends RuntimeException {

		BodyTooLargeException(long max) {
			super(describe(max));
		}

	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long max;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long max) {
			super(request);
			this.max = max;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new CountingStream(super.getInputStream(), this.max);
			}
			return this.stream;
		}

	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long max;

		private long read;

		CountingStream(ServletInputStream delegate, long max) {
			this.delegate = delegate;
			this.max = max;
		}

		@Override
		public int read() throws IOException {
			int b = this.delegate.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.delegate.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			this.read += n;
			if (this.read > this.max) {
				throw new BodyTooLargeException(this.max);
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
