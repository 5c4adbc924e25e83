/**
 * Who may call what: API keys and JWT bearer tokens, roles per route, problem+json 401/403, rate limits,
 * request size limits, CORS, and the caller's identity passed downstream.
 */
package org.alloygan.gateway.security;
