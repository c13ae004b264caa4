"""Entity linking in layers: person-name parsing, candidate generation, linking policy."""
