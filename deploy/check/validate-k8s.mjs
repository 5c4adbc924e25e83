// Validates Kubernetes objects against the API schemas that the npm package kubernetes-models ships
// (types, required fields, enums, formats; unknown fields are not reported, as in kubeconform without
// -strict). Offline: the schemas come with the package.
//
//   node deploy/check/validate-k8s.mjs <node_modules folder holding kubernetes-models> <objects.json>
//
// objects.json is a JSON array of objects (rendered manifests). Exits 1 when any object is invalid or of
// a kind the package has no schema for, 2 on bad arguments.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [modulesDir, objectsFile] = process.argv.slice(2);
if (!modulesDir || !objectsFile) {
  console.error("usage: validate-k8s.mjs <node_modules> <objects.json>");
  process.exit(2);
}
const objects = JSON.parse(readFileSync(objectsFile, "utf8"));
let failures = 0;
for (const object of objects) {
  const { apiVersion, kind } = object;
  const name = `${kind}/${object?.metadata?.name}`;
  // "apps/v1" -> apps/v1/Deployment.js, "v1" -> v1/Service.js
  const file = join(modulesDir, "kubernetes-models", apiVersion, `${kind}.js`);
  if (!existsSync(file)) {
    console.log(`FAIL ${name}: no schema for ${apiVersion} ${kind}`);
    failures++;
    continue;
  }
  const module = await import(pathToFileURL(file).href);
  try {
    new module[kind](object).validate();
    console.log(`ok   ${name} (${apiVersion})`);
  } catch (error) {
    console.log(`FAIL ${name}: ${error.message}`);
    failures++;
  }
}
console.log(`${objects.length - failures} valid, ${failures} invalid`);
process.exit(failures === 0 ? 0 : 1);
