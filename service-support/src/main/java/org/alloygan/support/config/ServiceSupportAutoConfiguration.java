package org.alloygan.support.config;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.alloygan.core.events.Topics;
import org.alloygan.support.job.JobHeartbeats;
import org.alloygan.support.job.JobResumption;
import org.alloygan.support.job.Jobs;
import org.alloygan.support.job.JobsProperties;
import org.alloygan.support.kafka.KafkaHealthIndicator;
import org.alloygan.support.kafka.ProcessedEvents;
import org.alloygan.support.outbox.Outbox;
import org.alloygan.support.outbox.OutboxProperties;
import org.alloygan.support.outbox.OutboxRelay;
import org.alloygan.support.retention.EventRetention;
import org.alloygan.support.retention.RetentionProperties;
import org.alloygan.support.web.CorrelationIdFilter;
import org.alloygan.support.web.ProblemErrorController;
import org.alloygan.support.web.ProblemHandler;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.converter.JsonMessageConverter;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;

/** What every AlloyGAN service gets by depending on service-support. */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
		KafkaAutoConfiguration.class }, before = ErrorMvcAutoConfiguration.class)
@EnableScheduling
@EnableConfigurationProperties({ OutboxProperties.class, RetentionProperties.class, JobsProperties.class })
public class ServiceSupportAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ServiceSupportAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	Outbox outbox(JdbcClient jdbc, ObjectMapper json) {
		return new Outbox(jdbc, json);
	}

	@Bean
	OutboxRelay outboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka,
			PlatformTransactionManager transactionManager, OutboxProperties properties) {
		return new OutboxRelay(jdbc, kafka, new TransactionTemplate(transactionManager), properties);
	}

	@Bean
	EventRetention eventRetention(JdbcClient jdbc, RetentionProperties properties, Clock clock) {
		return new EventRetention(jdbc, properties, clock);
	}

	@Bean
	Jobs jobs(JdbcClient jdbc, Outbox outbox, Clock clock, @Value("${spring.application.name}") String producer) {
		return new Jobs(jdbc, outbox, clock, producer, producer + "/" + hostName() + "/" + UUID.randomUUID());
	}

	@Bean
	JobHeartbeats jobHeartbeats(Jobs jobs, JobsProperties properties, ObjectProvider<JobResumption> resumptions,
			ObjectProvider<MeterRegistry> meters) {
		return new JobHeartbeats(jobs, properties, resumptions.orderedStream().toList(),
				meters.getIfAvailable(SimpleMeterRegistry::new));
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			return "unknown-host";
		}
	}

	@Bean
	ProcessedEvents processedEvents(JdbcClient jdbc) {
		return new ProcessedEvents(jdbc);
	}

	/** Listeners take records; a body that does not convert is not retried and goes to the DLT. */
	@Bean
	RecordMessageConverter recordMessageConverter(ObjectMapper json) {
		return new JsonMessageConverter(json);
	}

	@Bean
	CommonErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka,
			@Value("${alloygan.kafka.retry-interval:1000}") long intervalMs,
			@Value("${alloygan.kafka.max-retries:2}") long maxRetries) {
		return new DefaultErrorHandler(new DeadLetterPublishingRecoverer(kafka,
				(record, ex) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1)),
				new FixedBackOff(intervalMs, maxRetries));
	}

	@Bean
	KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
		return new KafkaHealthIndicator(kafkaAdmin);
	}

	@Bean
	FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
		FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(
				new CorrelationIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	ProblemHandler problemHandler() {
		return new ProblemHandler();
	}

	/** Errors outside Spring MVC (filters, the container) as problem+json too. */
	@Bean
	@ConditionalOnMissingBean(ErrorController.class)
	ProblemErrorController problemErrorController() {
		return new ProblemErrorController();
	}

}
