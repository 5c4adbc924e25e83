package org.alloygan.deploy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Kubernetes objects rendered by {@code helm template}, looked up by kind, name and labels. */
record Manifests(List<Map<String, Object>> objects) {

	List<Map<String, Object>> ofKind(String kind) {
		return this.objects.stream().filter((object) -> kind.equals(object.get("kind"))).toList();
	}

	Optional<Map<String, Object>> find(String kind, String name) {
		return ofKind(kind).stream().filter((object) -> name.equals(Nodes.string(object, "metadata.name"))).findFirst();
	}

	Map<String, Object> get(String kind, String name) {
		return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name + " among "
				+ ofKind(kind).stream().map((object) -> Nodes.string(object, "metadata.name")).toList()));
	}

	static String name(Map<String, Object> object) {
		return Nodes.string(object, "metadata.name");
	}

	/** Labels of a Deployment's pods. */
	static Map<String, Object> podLabels(Map<String, Object> deployment) {
		return Nodes.map(deployment, "spec.template.metadata.labels");
	}

	static Map<String, Object> container(Map<String, Object> deployment) {
		List<Object> containers = Nodes.list(deployment, "spec.template.spec.containers");
		if (containers.size() != 1) {
			throw new AssertionError(name(deployment) + " has " + containers.size() + " containers, expected one");
		}
		return Nodes.asMap(containers.get(0));
	}

	/** Whether a label selector ({@code matchLabels} only, as this chart uses) selects pods with these labels. */
	static boolean selects(Map<String, Object> matchLabels, Map<String, Object> labels) {
		return matchLabels.entrySet().stream().allMatch((entry) -> entry.getValue().equals(labels.get(entry.getKey())));
	}

}
