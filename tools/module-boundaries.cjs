// Which Nx projects may import which, by tag. Used by eslint.config.mjs and proven by a test.
module.exports = {
  depConstraints: [
    { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['type:lib', 'type:db'] },
    { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['type:lib'] },
    { sourceTag: 'type:db', onlyDependOnLibsWithTags: ['type:lib'] },
    { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
    { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib'] },
    // tools/: scripts and workspace tests; they may read the libs and the database layer.
    { sourceTag: 'type:tools', onlyDependOnLibsWithTags: ['type:lib', 'type:db'] },
  ],
};
