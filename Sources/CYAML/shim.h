// libyaml's parser, as Swift sees it. The header is the system's own
// (libyaml-dev); none is vendored. YAMLReader drives the event API.
#ifndef CYAML_SHIM_H
#define CYAML_SHIM_H

#include <yaml.h>

#endif
