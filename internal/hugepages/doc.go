// Package hugepages asks Linux to back the Go heap with transparent huge
// pages (2 MB) where the system leaves that to each program
// (/sys/kernel/mm/transparent_hugepage/enabled set to "madvise", the
// default of many distributions).
//
// A run over many articles grows its heap by some tens of megabytes and
// touches each new 4 KB page once; on a virtual machine a first touch can
// cost ten microseconds or more, a tenth of such a run's CPU time. A huge
// page is one fault for 512 small ones.
//
// The Go runtime maps the heap in pieces as it grows (4 MB at a time),
// and a new mapping does not carry the advice of its neighbours, so
// Reserve has the runtime map a block of heap at once, advises huge pages
// over it and the heap before it, and gives the block back (a collection
// and a release). Pages are only committed when first touched, so the
// block costs address space, not memory; the collection costs a few
// milliseconds, which is why the command reserves only for long runs and
// the library never does (the process's memory is the embedding
// program's).
//
// GODEBUG=disablethp=1, the runtime's own switch against huge pages for
// the heap, turns it off.
package hugepages
