#!/usr/bin/env python3
"""An Outturn audit pack verifier written from ALGORITHM.txt alone, sharing no code with the Java one.

Usage: verify_pack.py PACK.zip
Exit 0 when the pack is intact, 1 when it is broken (every problem printed as
"BROKEN: <aggregate> sequence <n>: <what>"), 2 on a usage error.

It checks steps a, b and c of ALGORITHM.txt and, of step d, that the key named by the
checkpoint is the key in the pack. Python's standard library has no Ed25519, so the signature
itself is left to the caller (the Java test checks it with the JDK's own Signature class).
Standard library only.
"""
import base64
import hashlib
import json
import re
import sys
import zipfile

GENESIS = "0" * 64
HASH = re.compile(r"^[0-9a-f]{64}$")


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def fields(text, first_line):
    lines = text.split("\n")
    if lines[0] != first_line:
        raise ValueError("does not start with " + first_line)
    values = {}
    for line in lines[1:]:
        if line == "":
            continue
        name, _, value = line.partition(":")
        values.setdefault(name, []).append(value)
    return values


def canonical_form(form):
    """The header of a canonical form (step 1) and its payload; raises ValueError if it is not one."""
    names = ["previous", "aggregate", "sequence", "type", "revision", "timestamp", "metadata", "payload"]
    position = form.index(b"\n")
    if form[:position].decode("utf-8") != "outturn-ledger-event/1":
        raise ValueError("the first line is not outturn-ledger-event/1")
    position += 1
    header = {}
    for name in names:
        end = form.index(b"\n", position)
        line = form[position:end].decode("utf-8")
        if not line.startswith(name + ":"):
            raise ValueError("no " + name + " line")
        header[name] = line[len(name) + 1:]
        position = end + 1
    payload = form[position:]
    if len(payload) != int(header["payload"]):
        raise ValueError("the payload is not the declared length")
    metadata = json.loads(header["metadata"])
    canonical = json.dumps(metadata, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    if canonical != header["metadata"]:
        raise ValueError("the metadata line is not canonical JSON")
    if any(key.startswith("ledger.") for key in metadata):
        raise ValueError("the metadata line holds the ledger's own keys")
    return header, payload


def leaf_hash(aggregate, sequence, hash_hex):
    return hashlib.sha256(b"\x00" + ("%s\n%d\n%s" % (aggregate, sequence, hash_hex)).encode("utf-8")).digest()


def verify(path):
    problems = []
    with zipfile.ZipFile(path) as pack:
        files = {name: pack.read(name) for name in pack.namelist() if not name.endswith("/")}
    for required in ["pack.txt", "chain.txt", "checkpoint.txt", "checkpoint.sig", "public-key.pem", "proof.txt"]:
        if required not in files:
            return ["pack: the pack has no " + required]

    info = fields(files["pack.txt"].decode("utf-8"), "outturn-audit-pack/1")
    aggregate = info["aggregate"][0]
    head = int(info["head"][0])

    def broken(sequence, what):
        problems.append("%s sequence %d: %s" % (aggregate, sequence, what))

    # a. the chain from the genesis to the head
    chain = {}
    previous = GENESIS
    expected = 0
    for line in files["chain.txt"].decode("utf-8").split("\n"):
        if line == "":
            continue
        parts = line.split(" ")
        if len(parts) != 3 or not HASH.match(parts[1]) or not HASH.match(parts[2]):
            broken(expected, "chain.txt line is not '<sequence> <previous> <hash>': " + line)
            break
        sequence = int(parts[0])
        if sequence != expected:
            broken(expected, "missing from chain.txt")
            break
        if parts[1] != previous:
            broken(sequence, "previous mismatch in chain.txt")
        chain[sequence] = (parts[1], parts[2])
        previous = parts[2]
        expected += 1
    if expected - 1 != head:
        broken(expected, "chain.txt ends at %d, the checkpoint covers %d" % (expected - 1, head))

    # b. every event of the window hashes to its link
    first = info["first"][0]
    last = info["last"][0]
    wanted = range(int(first), int(last) + 1) if first != "" else range(0)
    events = {}
    for name, data in files.items():
        match = re.fullmatch(r"events/(\d{8,})\.txt", name)
        if match:
            events[int(match.group(1))] = data
        elif name.startswith("events/"):
            problems.append("%s: unexpected file %s" % (aggregate, name))
    for sequence in sorted(set(wanted) | set(events)):
        if sequence not in events:
            broken(sequence, "missing: no events/%08d.txt" % sequence)
            continue
        if sequence not in wanted:
            broken(sequence, "events/%08d.txt is outside pack.txt's first to last" % sequence)
            continue
        try:
            header, _ = canonical_form(events[sequence])
        except ValueError as error:
            broken(sequence, "not a canonical form: %s" % error)
            continue
        if header["aggregate"] != aggregate or int(header["sequence"]) != sequence:
            broken(sequence, "the file is another event")
        elif sequence not in chain:
            broken(sequence, "no link in chain.txt")
        elif sha256(events[sequence]) != chain[sequence][1]:
            broken(sequence, "hash mismatch: the event hashes to %s, chain.txt records %s"
                   % (sha256(events[sequence]), chain[sequence][1]))
        elif header["previous"] != chain[sequence][0]:
            broken(sequence, "previous mismatch with chain.txt")

    # c. the head's leaf leads to the checkpoint's root
    checkpoint = fields(files["checkpoint.txt"].decode("utf-8"), "outturn-ledger-checkpoint/1")
    proof = fields(files["proof.txt"].decode("utf-8"), "outturn-ledger-proof/1")
    leaf = (proof["aggregate"][0], int(proof["sequence"][0]), proof["hash"][0])
    if leaf[0] != aggregate or leaf[1] != head:
        broken(head, "proof.txt is not the leaf of the covered head")
    if head in chain and chain[head][1] != leaf[2]:
        broken(head, "checkpoint mismatch: the leaf records %s, chain.txt %s" % (leaf[2], chain[head][1]))
    node = leaf_hash(*leaf)
    for step in proof.get("step", []):
        side, _, sibling = step.partition(":")
        sibling = bytes.fromhex(sibling)
        node = hashlib.sha256(b"\x01" + (sibling + node if side == "L" else node + sibling)).digest()
    if node.hex() != checkpoint["root"][0]:
        broken(head, "checkpoint mismatch: the proof leads to %s, the checkpoint signs %s"
               % (node.hex(), checkpoint["root"][0]))
    if int(proof["size"][0]) != int(checkpoint["aggregates"][0]):
        problems.append("%s: proof.txt's size is not the checkpoint's number of aggregates" % aggregate)

    # d. (the key part) the checkpoint names the key in the pack
    pem = files["public-key.pem"].decode("ascii")
    der = base64.b64decode("".join(line for line in pem.split("\n") if line and not line.startswith("-----")))
    if sha256(der) != checkpoint["key"][0]:
        problems.append("%s: checkpoint.txt names the key %s, public-key.pem is %s"
                        % (aggregate, checkpoint["key"][0], sha256(der)))
    return problems


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().split("\n")[2], file=sys.stderr)
        return 2
    problems = verify(argv[1])
    for problem in problems:
        print("BROKEN: " + problem)
    if not problems:
        print("INTACT (signature left to an Ed25519 implementation)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
