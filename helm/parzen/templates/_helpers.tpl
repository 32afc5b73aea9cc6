{{/* Chart name, overridable. */}}
{{- define "parzen.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Full name of the operator's resources: <release>-<chart>, or the release name when it already contains the chart name. */}}
{{- define "parzen.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Labels on every object: the name and instance, then the common ones. */}}
{{- define "parzen.labels" -}}
app.kubernetes.io/name: {{ include "parzen.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{ include "parzen.commonLabels" . }}
{{- end -}}

{{/* Labels without name and instance, for pods that carry a selector's name (the store's). */}}
{{- define "parzen.commonLabels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: parzen
{{- end -}}

{{/* Selector of the operator's pods (stable across upgrades: never add to it). */}}
{{- define "parzen.selectorLabels" -}}
app.kubernetes.io/name: {{ include "parzen.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: operator
{{- end -}}

{{/* Selector of the in-cluster store's pod. */}}
{{- define "parzen.storeSelectorLabels" -}}
app.kubernetes.io/name: seaweedfs
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: object-store
{{- end -}}

{{- define "parzen.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "parzen.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- required "serviceAccount.name is required when serviceAccount.create is false" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* The namespaces watched, one per line (empty in all-namespaces mode). */}}
{{- define "parzen.watchNamespaces" -}}
{{- if not .Values.watchAllNamespaces -}}
{{- $ns := .Values.watchNamespaces | default (list .Release.Namespace) -}}
{{- range $ns | uniq }}
{{ . }}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* "true" when leader election is on: more than one replica, or asked for. */}}
{{- define "parzen.leaderElection" -}}
{{- if or (gt (int .Values.operator.replicas) 1) .Values.operator.leaderElection -}}true{{- end -}}
{{- end -}}

{{- define "parzen.leaseName" -}}
{{- default (include "parzen.fullname" .) .Values.operator.leaseName -}}
{{- end -}}

{{/* Namespaces that get the trial ServiceAccount, one per line. */}}
{{- define "parzen.trialNamespaces" -}}
{{- if .Values.watchAllNamespaces -}}
{{- range (.Values.trialServiceAccount.namespaces | default (list .Release.Namespace) | uniq) }}
{{ . }}
{{- end -}}
{{- else -}}
{{- include "parzen.watchNamespaces" . -}}
{{- end -}}
{{- end -}}

{{/* Secret names the operator may get; empty: any. The store's Secret joins a non-empty list. */}}
{{- define "parzen.secretNames" -}}
{{- $names := .Values.rbac.credentialsSecrets -}}
{{- if and $names .Values.seaweedfs.enabled -}}
{{- $names = append $names .Values.seaweedfs.auth.secretName -}}
{{- end -}}
{{- toJson ($names | uniq) -}}
{{- end -}}

{{/*
Pod Security "restricted" for a pod: the fixed fields, then the numeric ids from values.
*/}}
{{- define "parzen.podSecurityContext" -}}
runAsNonRoot: true
seccompProfile:
  type: RuntimeDefault
{{- with .Values.podSecurityContext }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* Pod Security "restricted" for a container; the root file system is read-only (mount an emptyDir on /tmp). */}}
{{- define "parzen.containerSecurityContext" -}}
runAsNonRoot: true
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop: ["ALL"]
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/*
The operator's rules in a watched namespace (or cluster-wide): exactly the verbs its code uses.
Keep in step with docs/operator.md "RBAC" and ChartTest.OPERATOR_RULES.
*/}}
{{- define "parzen.operatorRules" -}}
# Study informer (list, watch) and status writes (JSON patch on /status; the report writer gets
# the Study first). get + JSON patch on the Study itself only for JOSDK's finalizer (added on first
# reconcile, removed once a deleted Study's state is forgotten). Studies are never created or updated.
- apiGroups: ["parzen.io"]
  resources: ["studies"]
  verbs: ["get", "list", "watch", "patch"]
- apiGroups: ["parzen.io"]
  resources: ["studies/status"]
  verbs: ["patch"]
# Trial informer; create by the Study controller; get + JSON patch to ask a trial to stop early.
- apiGroups: ["parzen.io"]
  resources: ["trials"]
  verbs: ["get", "list", "watch", "create", "patch"]
- apiGroups: ["parzen.io"]
  resources: ["trials/status"]
  verbs: ["patch"]
# One Job per trial: informer, create, get (after a 409 on create), delete (early stop).
- apiGroups: ["batch"]
  resources: ["jobs"]
  verbs: ["get", "list", "watch", "create", "delete"]
# Trial pods are only watched (for Unschedulable, ImagePullBackOff and the like).
- apiGroups: [""]
  resources: ["pods"]
  verbs: ["list", "watch"]
# core/v1 Events on Studies and Trials; a repeated Event raises its count (patch).
- apiGroups: [""]
  resources: ["events"]
  verbs: ["create", "patch"]
# The S3 keys of the Secret a Study names, to read trial results.
- apiGroups: [""]
  resources: ["secrets"]
  verbs: ["get"]
{{- $names := include "parzen.secretNames" . | fromJsonArray }}
{{- if $names }}
  resourceNames: {{ toJson $names }}
{{- end }}
{{- end -}}
