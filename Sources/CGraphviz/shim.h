// Graphviz's C libraries (gvc + cgraph), as Swift sees them. The headers are
// the system's own (libgraphviz-dev); none are vendored.
#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H

#include <stdlib.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// Frees a list returned by gvPluginList (each string, then the list).
static inline void cgraphviz_free_list(char **list, int count) {
  if (list == NULL) return;
  for (int i = 0; i < count; i++) free(list[i]);
  free(list);
}

/// The number of plugins of a kind ("layout", "render", "textlayout").
static inline int cgraphviz_plugin_count(GVC_t *gvc, const char *kind) {
  int count = 0;
  char **list = gvPluginList(gvc, kind, &count, NULL);
  cgraphviz_free_list(list, count);
  return count;
}

#endif
