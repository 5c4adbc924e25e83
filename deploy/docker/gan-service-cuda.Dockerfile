# syntax=docker/dockerfile:1
# gan-service with CUDA natives for PyTorch, for hosts/nodes with an NVIDIA GPU:
#   docker build -f deploy/docker/gan-service-cuda.Dockerfile --target gan-service -t alloygan/gan-service-cuda .
# The root pom's `cuda` profile swaps pytorch-native-cpu for pytorch-native-cu124 (DJL 0.33.0 on
# PyTorch 2.5.1, the newest pair with CUDA natives on Maven Central). The host needs an NVIDIA driver
# for CUDA 12.4 or newer and the NVIDIA container toolkit; the image brings the CUDA runtime.

ARG JDK_IMAGE=eclipse-temurin:17-jdk
ARG JRE_IMAGE=eclipse-temurin:17-jre
ARG CUDA_IMAGE=nvidia/cuda:12.4.1-runtime-ubuntu22.04

FROM ${JDK_IMAGE} AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -Pcuda -Dmaven.test.skip=true -pl gan-service -am package \
 && mkdir /out \
 && cp gan-service/target/gan-service-*-exec.jar /out/gan-service.jar

FROM ${JRE_IMAGE} AS jre

FROM ${CUDA_IMAGE} AS gan-service
ENV JAVA_HOME=/opt/java/openjdk
ENV PATH="${JAVA_HOME}/bin:${PATH}"
COPY --from=jre /opt/java/openjdk /opt/java/openjdk
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends curl ca-certificates; \
    rm -rf /var/lib/apt/lists/*; \
    groupadd --system --gid 10001 alloygan; \
    useradd --system --uid 10001 --gid alloygan --home-dir /home/alloygan --create-home \
      --shell /usr/sbin/nologin alloygan; \
    mkdir -p /app /var/lib/alloygan/artifacts /var/lib/alloygan/djl; \
    chown -R alloygan:alloygan /var/lib/alloygan; \
    java -version
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75.0 -XX:InitialRAMPercentage=25.0 -XX:+ExitOnOutOfMemoryError -Dspring.jmx.enabled=false" \
    JAVA_EXTRA_OPTS="" \
    DJL_CACHE_DIR=/var/lib/alloygan/djl \
    XDG_CACHE_HOME=/tmp/.cache \
    ALLOYGAN_ARTIFACTS=/var/lib/alloygan/artifacts \
    NVIDIA_VISIBLE_DEVICES=all \
    NVIDIA_DRIVER_CAPABILITIES=compute,utility
COPY --from=build --chown=10001:10001 /out/gan-service.jar /app/app.jar
WORKDIR /app
USER 10001:10001
EXPOSE 8083
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS $JAVA_EXTRA_OPTS -jar /app/app.jar"]
