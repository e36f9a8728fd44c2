// Graphviz's C libraries (gvc + cgraph), as Swift sees them. The headers are
// the system's own (libgraphviz-dev); none are vendored.
#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H

#include <stdlib.h>
#include <string.h>
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

// Deterministic ids for named subgraphs. cgraph's default id discipline
// uses the address of each interned name as the object's id, and keeps
// subgraphs ordered by id, so the order of clusters in the output followed
// the heap and changed from run to run. Here a named subgraph's id comes
// from a counter, in the order the text names it (even numbers, as named
// ids are); every other object gets the default treatment.
typedef struct {
  Agraph_t *graph;
  char **names;
  size_t count, capacity;
  IDTYPE anonymous;
} cgraphviz_ids_t;

static inline void *cgraphviz_ids_open(Agraph_t *g, Agdisc_t *disc) {
  (void)disc;
  cgraphviz_ids_t *state = calloc(1, sizeof *state);
  if (state == NULL) return NULL;
  state->graph = g;
  state->anonymous = 1;
  return state;
}

static inline long cgraphviz_ids_map(
  void *s, int objtype, char *str, IDTYPE *id, int createflag
) {
  cgraphviz_ids_t *state = s;
  if (str == NULL) {
    *id = state->anonymous;
    state->anonymous += 2;
    return 1;
  }
  if (objtype != AGRAPH) {
    char *interned = createflag ? agstrdup(state->graph, str) : agstrbind(state->graph, str);
    *id = (IDTYPE)(uintptr_t)interned;
    return 1;
  }
  for (size_t i = 0; i < state->count; i++) {
    if (strcmp(state->names[i], str) == 0) {
      *id = (IDTYPE)(i + 1) * 2;
      return 1;
    }
  }
  if (!createflag) return 0;
  if (state->count == state->capacity) {
    size_t capacity = state->capacity ? state->capacity * 2 : 16;
    char **names = realloc(state->names, capacity * sizeof *names);
    if (names == NULL) return 0;
    state->names = names;
    state->capacity = capacity;
  }
  // Interned with the graph's own counted strings: cgraph reads a name's
  // header (its reference count, and whether it is HTML) when it writes.
  char *copy = agstrdup(state->graph, str);
  if (copy == NULL) return 0;
  state->names[state->count++] = copy;
  *id = (IDTYPE)state->count * 2;
  return 1;
}

static inline long cgraphviz_ids_alloc(void *s, int objtype, IDTYPE request) {
  (void)s; (void)objtype; (void)request;
  return 0;
}

static inline void cgraphviz_ids_free(void *s, int objtype, IDTYPE id) {
  cgraphviz_ids_t *state = s;
  if (objtype != AGRAPH && id % 2 == 0) agstrfree(state->graph, (char *)(uintptr_t)id);
}

static inline char *cgraphviz_ids_print(void *s, int objtype, IDTYPE id) {
  cgraphviz_ids_t *state = s;
  if (id % 2 != 0) return NULL;
  if (objtype == AGRAPH) {
    size_t index = (size_t)(id / 2);
    return index >= 1 && index <= state->count ? state->names[index - 1] : NULL;
  }
  return (char *)(uintptr_t)id;
}

static inline void cgraphviz_ids_close(void *s) {
  cgraphviz_ids_t *state = s;
  if (state == NULL) return;
  // Called by agclose before the graph's string table is closed.
  for (size_t i = 0; i < state->count; i++) agstrfree(state->graph, state->names[i]);
  free(state->names);
  free(state);
}

static inline void cgraphviz_ids_register(void *s, int objtype, void *obj) {
  (void)s; (void)objtype; (void)obj;
}

/// DOT text being read, a line at a time (as cgraph's own memory reader).
typedef struct {
  const char *data;
  size_t length, position;
} cgraphviz_reader_t;

static inline int cgraphviz_reader_read(void *channel, char *buffer, int size) {
  cgraphviz_reader_t *reader = channel;
  if (size <= 0 || reader->position >= reader->length) return 0;
  int n = 0;
  char c;
  do {
    c = reader->data[reader->position + (size_t)n];
    buffer[n++] = c;
  } while (c != '\n' && n < size && reader->position + (size_t)n < reader->length);
  reader->position += (size_t)n;
  return n;
}

/// Reads DOT text like agmemread, with deterministic subgraph ids. Call
/// with Graphviz's lock held (the disciplines are shared).
static inline Agraph_t *cgraphviz_read(const char *text) {
  static Agiddisc_t ids;
  static Agiodisc_t io;
  static Agdisc_t disc;
  ids.open = cgraphviz_ids_open;
  ids.map = cgraphviz_ids_map;
  ids.alloc = cgraphviz_ids_alloc;
  ids.free = cgraphviz_ids_free;
  ids.print = cgraphviz_ids_print;
  ids.close = cgraphviz_ids_close;
  ids.idregister = cgraphviz_ids_register;
  io.afread = cgraphviz_reader_read;
  io.putstr = AgIoDisc.putstr;
  io.flush = AgIoDisc.flush;
  disc.mem = &AgMemDisc;
  disc.id = &ids;
  disc.io = &io;
  cgraphviz_reader_t reader = {text, strlen(text), 0};
  return agread(&reader, &disc);
}

#endif
