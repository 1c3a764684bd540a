#!/usr/bin/env python3
# Drive a command on a pseudo-terminal: type keys, collect everything it prints.
# Usage: ptydrive.py SCRIPT.json -- cmd args...
# SCRIPT is a JSON list of steps: {"send": "text"} (with \u0003 etc. for control keys),
# {"wait": "text"} (read until text appears in the output so far, 10 s timeout),
# {"sleep": seconds}, {"mark": "name"} (records the output offset), {"close": true}.
# Prints a JSON object: {"out": <latin-1 text of every byte>, "marks": {...}, "status": exit status}.
import json, os, pty, select, sys, time, signal

def main():
    script = json.load(open(sys.argv[1])) if sys.argv[1] != '-' else json.load(sys.stdin)
    cmd = sys.argv[sys.argv.index('--') + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(cmd[0], cmd)
    out = bytearray()
    marks = {}
    def pump(timeout):
        r, _, _ = select.select([fd], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(fd, 65536)
        except OSError:
            return None
        if not data:
            return None
        out.extend(data)
        return True
    def wait_for(text, timeout=10.0):
        want = text.encode('latin-1')
        deadline = time.time() + timeout
        start = marks.get('_wait_from', 0)
        while want not in out[start:]:
            left = deadline - time.time()
            if left <= 0:
                raise TimeoutError('timed out waiting for %r; got %r' % (text, bytes(out)))
            if pump(left) is None:
                raise EOFError('EOF waiting for %r; got %r' % (text, bytes(out)))
        marks['_wait_from'] = out.index(want, start) + len(want)
    try:
        for step in script:
            if 'send' in step:
                data = step['send'].encode('latin-1')
                chunk = step.get('chunk', 0)
                if chunk:
                    for i in range(0, len(data), chunk):
                        os.write(fd, data[i:i + chunk])
                        while pump(0):
                            pass
                else:
                    os.write(fd, data)
            elif 'wait' in step:
                wait_for(step['wait'], step.get('timeout', 10.0))
            elif 'sleep' in step:
                deadline = time.time() + step['sleep']
                while time.time() < deadline:
                    pump(max(0, deadline - time.time()))
            elif 'mark' in step:
                while pump(0.05):
                    pass
                marks[step['mark']] = len(out)
    except (TimeoutError, EOFError) as e:
        err = str(e)
    else:
        err = None
    # drain until exit
    deadline = time.time() + 5
    while time.time() < deadline:
        if pump(0.1) is None:
            break
    # the terminal closes a little before the process ends: give it a moment
    status = 'killed'
    deadline = time.time() + 3
    while True:
        wpid, st = os.waitpid(pid, os.WNOHANG)
        if wpid != 0:
            status = os.waitstatus_to_exitcode(st)
            break
        if time.time() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            break
        time.sleep(0.01)
    marks.pop('_wait_from', None)
    json.dump({'out': out.decode('latin-1'), 'marks': marks, 'status': status, 'error': err}, sys.stdout)

main()
