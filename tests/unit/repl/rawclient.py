#!/usr/bin/env python3
# A raw-REPL client that speaks to a command on a pseudo-terminal the way mpremote speaks to a board
# (mpremote/transport_serial.py: enter_raw_repl, exec_raw_no_follow with raw-paste, follow).
# The terminal is put in raw mode (no output processing), as a serial line is.
# Usage: rawclient.py JOBS.json -- cmd args...   JOBS: [{"code": "...", "paste": true|false}, ...]
# Prints JSON: [{"out": ..., "err": ..., "windows": n, "mode": "paste"|"raw"}, ...] or {"error": ...}.
import json, os, pty, select, struct, sys, time, tty

class Conn:
    def __init__(self, cmd):
        pid, fd = pty.fork()
        if pid == 0:
            tty.setraw(0)
            os.execvp(cmd[0], cmd)
        self.pid, self.fd, self.buf = pid, fd, bytearray()

    def fill(self, timeout):
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return False
        data = os.read(self.fd, 65536)
        if not data:
            raise EOFError('EOF; buffer %r' % bytes(self.buf))
        self.buf.extend(data)
        return True

    def read(self, n, timeout=10):
        deadline = time.time() + timeout
        while len(self.buf) < n:
            if not self.fill(max(0, deadline - time.time())) and time.time() > deadline:
                raise TimeoutError('read %d: have %r' % (n, bytes(self.buf)))
        out = bytes(self.buf[:n])
        del self.buf[:n]
        return out

    def waiting(self):
        while self.fill(0):
            pass
        return len(self.buf)

    def read_until(self, ending, timeout=10):
        deadline = time.time() + timeout
        while ending not in self.buf:
            if not self.fill(max(0, deadline - time.time())) and time.time() > deadline:
                raise TimeoutError('waiting for %r: have %r' % (ending, bytes(self.buf)))
        i = self.buf.index(ending) + len(ending)
        out = bytes(self.buf[:i])
        del self.buf[:i]
        return out

    def write(self, b):
        os.write(self.fd, b)

    def enter_raw_repl(self):
        self.read_until(b'>>> ')
        self.write(b'\r\x03')
        time.sleep(0.05)
        self.waiting()
        self.buf.clear()
        self.write(b'\r\x01')
        self.read_until(b'raw REPL; CTRL-B to exit\r\n')

    def raw_paste_write(self, data):
        window = struct.unpack('<H', self.read(2))[0]
        remain = window
        windows = 0
        i = 0
        while i < len(data):
            while remain == 0 or self.waiting():
                b = self.read(1)
                if b == b'\x01':
                    remain += window
                    windows += 1
                elif b == b'\x04':
                    self.write(b'\x04')
                    return windows
                else:
                    raise RuntimeError('unexpected read during raw paste: %r' % b)
            chunk = data[i:i + remain]
            self.write(chunk)
            remain -= len(chunk)
            i += len(chunk)
        self.write(b'\x04')
        got = self.read_until(b'\x04')
        if not got.endswith(b'\x04'):
            raise RuntimeError('could not complete raw paste: %r' % got)
        return windows

    def exec(self, code, paste):
        data = code.encode('utf-8')
        self.read_until(b'>')
        mode, windows = 'raw', 0
        if paste:
            self.write(b'\x05A\x01')
            r = self.read(2)
            if r != b'R\x01':
                raise RuntimeError('raw paste refused: %r' % r)
            windows = self.raw_paste_write(data)
            mode = 'paste'
        else:
            for i in range(0, len(data), 256):
                self.write(data[i:i + 256])
                time.sleep(0.01)
            self.write(b'\x04')
            r = self.read(2)
            if r != b'OK':
                raise RuntimeError('could not exec command: %r' % r)
        out = self.read_until(b'\x04', 30)[:-1]
        err = self.read_until(b'\x04', 30)[:-1]
        return {'out': out.decode('utf-8', 'replace'), 'err': err.decode('utf-8', 'replace'), 'windows': windows, 'mode': mode}

    def close(self):
        self.write(b'\x02')  # back to the friendly REPL
        self.read_until(b'>>> ')
        self.write(b'\x04')
        deadline = time.time() + 5
        while time.time() < deadline:
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(st)
            try:
                self.fill(0.05)
            except (EOFError, OSError):
                pass
        os.kill(self.pid, 9)
        return 'killed'

def main():
    jobs = json.load(open(sys.argv[1]))
    cmd = sys.argv[sys.argv.index('--') + 1:]
    c = Conn(cmd)
    try:
        c.enter_raw_repl()
        results = [c.exec(j['code'], j.get('paste', True)) for j in jobs]
        status = c.close()
        json.dump({'results': results, 'status': status}, sys.stdout)
    except Exception as e:
        json.dump({'error': '%s: %s' % (type(e).__name__, e)}, sys.stdout)

main()
