{{/*
Prefix of every resource name: the release name, with "-alloygan" appended unless it says alloygan already.
*/}}
{{- define "alloygan.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 40 | trimSuffix "-" -}}
{{- else if contains "alloygan" .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-alloygan" .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/*
The five services: Maven module (= image and resource name), HTTP port, and the variables through which
each reads its port and its database (see each service's application.yml).
*/}}
{{- define "alloygan.catalog" -}}
gateway: {module: gateway, port: 8080, portEnv: ALLOYGAN_PORT, dbUrlEnv: ALLOYGAN_GATEWAY_DB_URL, urlEnv: ""}
mining: {module: mining-service, port: 8081, portEnv: ALLOYGAN_MINING_PORT, dbUrlEnv: ALLOYGAN_MINING_DB_URL, urlEnv: ALLOYGAN_MINING_URL}
descriptor: {module: descriptor-service, port: 8082, portEnv: ALLOYGAN_DESCRIPTOR_PORT, dbUrlEnv: ALLOYGAN_DESCRIPTOR_DB_URL, urlEnv: ALLOYGAN_DESCRIPTOR_URL}
gan: {module: gan-service, port: 8083, portEnv: ALLOYGAN_GAN_PORT, dbUrlEnv: ALLOYGAN_GAN_DB_URL, urlEnv: ALLOYGAN_GAN_URL}
feedback: {module: feedback-service, port: 8084, portEnv: ALLOYGAN_FEEDBACK_PORT, dbUrlEnv: ALLOYGAN_FEEDBACK_DB_URL, urlEnv: ALLOYGAN_FEEDBACK_URL}
{{- end -}}

{{- define "alloygan.secretName" -}}
{{- default (printf "%s-credentials" (include "alloygan.fullname" .)) .Values.secrets.existingSecret -}}
{{- end -}}

{{- define "alloygan.artifactsClaim" -}}
{{- default (printf "%s-model-artifacts" (include "alloygan.fullname" .)) .Values.artifacts.persistence.existingClaim -}}
{{- end -}}

{{/* Selector labels of one workload; args: root, name (module), component. */}}
{{- define "alloygan.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/* All labels of one workload's resources; args: root, name, component. */}}
{{- define "alloygan.labels" -}}
{{ include "alloygan.selectorLabels" . }}
app.kubernetes.io/part-of: alloygan
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* Labels of chart-wide resources (Secret, volume claim, network policies). */}}
{{- define "alloygan.commonLabels" -}}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: alloygan
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{- define "alloygan.image" -}}
{{- $prefix := default "alloygan/" .root.Values.image.registry -}}
{{- $tag := default .root.Chart.AppVersion .root.Values.image.tag -}}
{{- printf "%s%s:%s" $prefix .values.image.repository $tag -}}
{{- end -}}

{{- define "alloygan.jdbcUrl" -}}
{{- $pg := .root.Values.postgresql -}}
{{- $db := required (printf "postgresql.databases.%s is required" .key) (index $pg.databases .key) -}}
{{- printf "jdbc:postgresql://%s:%v/%s" (required "postgresql.host is required" $pg.host) $pg.port $db -}}
{{- if $pg.parameters }}?{{ $pg.parameters }}{{ end -}}
{{- end -}}

{{/*
One service Deployment. Args: root; key (catalog and values key); name (resource suffix); component;
values (this workload's values); env (extra variables, a list); volumes and mounts (extra, lists);
strategy (optional Deployment strategy).
*/}}
{{- define "alloygan.deployment" -}}
{{- $root := .root -}}
{{- $catalog := include "alloygan.catalog" $root | fromYaml -}}
{{- $svc := index $catalog .key -}}
{{- $v := .values -}}
{{- $labelArgs := dict "root" $root "name" $svc.module "component" .component -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "alloygan.fullname" $root }}-{{ .name }}
  labels:
    {{- include "alloygan.labels" $labelArgs | nindent 4 }}
spec:
  {{- if not (and $v.autoscaling $v.autoscaling.enabled) }}
  replicas: {{ $v.replicas }}
  {{- end }}
  revisionHistoryLimit: 5
  {{- with .strategy }}
  strategy:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "alloygan.selectorLabels" $labelArgs | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "alloygan.labels" $labelArgs | nindent 8 }}
      annotations:
        # Restart pods when the credentials the chart manages change.
        checksum/credentials: {{ include (print $root.Template.BasePath "/secret.yaml") $root | sha256sum }}
    spec:
      automountServiceAccountToken: false
      {{- with $root.Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        {{- toYaml $root.Values.podSecurityContext | nindent 8 }}
      terminationGracePeriodSeconds: 60
      containers:
        - name: {{ $svc.module }}
          image: {{ include "alloygan.image" (dict "root" $root "values" $v) }}
          imagePullPolicy: {{ $root.Values.image.pullPolicy }}
          securityContext:
            {{- toYaml $root.Values.securityContext | nindent 12 }}
          ports:
            - name: http
              containerPort: {{ $svc.port }}
              protocol: TCP
          env:
            - name: ALLOYGAN_DB_USER
              valueFrom:
                secretKeyRef:
                  name: {{ include "alloygan.secretName" $root }}
                  key: db-user
            - name: ALLOYGAN_DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ include "alloygan.secretName" $root }}
                  key: db-password
            - name: {{ $svc.dbUrlEnv }}
              value: {{ include "alloygan.jdbcUrl" (dict "root" $root "key" .key) | quote }}
            - name: ALLOYGAN_KAFKA
              value: {{ required "kafka.bootstrapServers is required" $root.Values.kafka.bootstrapServers | quote }}
            - name: {{ $svc.portEnv }}
              value: {{ $svc.port | quote }}
            {{- range $key, $other := $catalog }}
            {{- if $other.urlEnv }}
            - name: {{ $other.urlEnv }}
              value: {{ printf "http://%s-%s:%v" (include "alloygan.fullname" $root) $other.module $other.port | quote }}
            {{- end }}
            {{- end }}
            {{- if $root.Values.sharedData.existingClaim }}
            - name: ALLOYGAN_DATA_DIR
              value: /data
            {{- end }}
            - name: JAVA_EXTRA_OPTS
              value: {{ $v.javaOpts | quote }}
            {{- with .env }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
            {{- with $v.extraEnv }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          startupProbe:
            httpGet:
              path: /actuator/health/liveness
              port: http
            periodSeconds: {{ $root.Values.probes.startup.periodSeconds }}
            failureThreshold: {{ $root.Values.probes.startup.failureThreshold }}
          livenessProbe:
            httpGet:
              path: /actuator/health/liveness
              port: http
            periodSeconds: {{ $root.Values.probes.liveness.periodSeconds }}
            timeoutSeconds: {{ $root.Values.probes.liveness.timeoutSeconds }}
            failureThreshold: {{ $root.Values.probes.liveness.failureThreshold }}
          readinessProbe:
            httpGet:
              path: /actuator/health/readiness
              port: http
            periodSeconds: {{ $root.Values.probes.readiness.periodSeconds }}
            timeoutSeconds: {{ $root.Values.probes.readiness.timeoutSeconds }}
            failureThreshold: {{ $root.Values.probes.readiness.failureThreshold }}
          resources:
            {{- toYaml $v.resources | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
            {{- if $root.Values.sharedData.existingClaim }}
            - name: shared-data
              mountPath: /data
              readOnly: true
            {{- end }}
            {{- with .mounts }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
      volumes:
        - name: tmp
          emptyDir: {}
        {{- if $root.Values.sharedData.existingClaim }}
        - name: shared-data
          persistentVolumeClaim:
            claimName: {{ $root.Values.sharedData.existingClaim }}
            readOnly: true
        {{- end }}
        {{- with .volumes }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      {{- with $v.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $v.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $v.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end -}}

{{/* A ClusterIP Service in front of one workload; args: root, key, component. */}}
{{- define "alloygan.service" -}}
{{- $catalog := include "alloygan.catalog" .root | fromYaml -}}
{{- $svc := index $catalog .key -}}
{{- $labelArgs := dict "root" .root "name" $svc.module "component" .component -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "alloygan.fullname" .root }}-{{ $svc.module }}
  labels:
    {{- include "alloygan.labels" $labelArgs | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "alloygan.selectorLabels" $labelArgs | nindent 4 }}
  ports:
    - name: http
      port: {{ $svc.port }}
      targetPort: http
      protocol: TCP
{{- end -}}

{{/* A CPU-based HorizontalPodAutoscaler; args: root, key, name, component, values. */}}
{{- define "alloygan.hpa" -}}
{{- $catalog := include "alloygan.catalog" .root | fromYaml -}}
{{- $svc := index $catalog .key -}}
{{- $a := .values.autoscaling -}}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "alloygan.fullname" .root }}-{{ .name }}
  labels:
    {{- include "alloygan.labels" (dict "root" .root "name" $svc.module "component" .component) | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "alloygan.fullname" .root }}-{{ .name }}
  minReplicas: {{ $a.minReplicas }}
  maxReplicas: {{ $a.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $a.targetCPUUtilizationPercentage }}
{{- end -}}
