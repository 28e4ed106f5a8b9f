"""Tag "Tags": every operation is answered by the generic store, permissions table and job engine
(`h2ogpte_ext.testing._generic`); an operation that needs more gets an `@operation` handler here."""
