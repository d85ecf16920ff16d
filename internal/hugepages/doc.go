// Package hugepages asks Linux to back the Go heap with transparent huge
// pages (2 MB) where the system leaves that to each program
// (/sys/kernel/mm/transparent_hugepage/enabled set to "madvise", the
// default of many distributions) and a huge page is 2 MB of 4 KB pages
// (x86-64, and arm64 with 4 KB pages; with 64 KB pages it is 512 MB, and
// the heap is left alone).
//
// A process touches each new 4 KB page of its heap once; on a virtual
// machine a first touch can cost ten microseconds or more, a tenth of a
// long run's CPU time and a fifth of a short run's. A huge page is one
// fault for 512 small ones.
//
// The Go runtime maps the heap in pieces as it grows (4 MB at a time),
// and a new mapping does not carry the advice of its neighbours. Reserve
// therefore advises the heap mapped so far and collapses the pages it
// already uses into huge pages (MADV_COLLAPSE, Linux 6.1), and, for a long
// run, first has the runtime map a block of heap at once, advises huge
// pages over it and gives it back (a collection and a release). Pages are
// only committed when first touched, so the block costs address space,
// not memory; the collection costs a few milliseconds, which is why the
// command grows the heap only for long runs. The library never calls it
// (the process's memory is the embedding program's).
//
// Whether the kernel finds free 2 MB pages depends on the machine's
// memory; where it does not, the heap stays on small pages, after the
// kernel has tried to compact memory for a collapse, and, where its defrag
// setting says so, for a first touch (the stalls that made the Go runtime
// stop advising huge pages itself, golang/go#61718 and #63334).
// GODEBUG=disablethp=1, the runtime's own switch against huge pages for
// the heap, turns it off; the command also leaves it off when GOMEMLIMIT
// is set.
package hugepages
