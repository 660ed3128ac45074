package ai.ginko.neo4j.faults;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The methods a compiled class can call, read from its constant pool: every call, method reference and lambda
 * target in the class's code is a Methodref or InterfaceMethodref entry there (JVMS 4.4). Reading the pool, not the
 * source, sees calls through static imports and method references too.
 */
final class ClassFileCalls {

    /** A method as named in a call: owner class and name in the JVM's form, and the descriptor. */
    record Call(String owner, String name, String descriptor) {
        @Override
        public String toString() {
            return owner.replace('/', '.') + "." + name + descriptor;
        }
    }

    private ClassFileCalls() {
    }

    /** The methods that this class file's code may call. */
    static List<Call> of(byte[] classFile) {
        try {
            return read(new DataInputStream(new ByteArrayInputStream(classFile)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Call> read(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IllegalArgumentException("not a class file");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] first = new int[count];
        int[] second = new int[count];
        int[] tag = new int[count];
        for (int i = 1; i < count; i++) {
            tag[i] = in.readUnsignedByte();
            switch (tag[i]) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // takes two entries
                }
                case 9, 10, 11, 12, 17, 18 -> {
                    first[i] = in.readUnsignedShort();
                    second[i] = in.readUnsignedShort();
                }
                case 15 -> {
                    in.readUnsignedByte();
                    first[i] = in.readUnsignedShort();
                }
                default -> throw new IllegalArgumentException("unknown constant pool tag " + tag[i] + " at " + i);
            }
        }
        List<Call> calls = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (tag[i] == 10 || tag[i] == 11) {
                int nameAndType = second[i];
                calls.add(new Call(utf8[first[first[i]]], utf8[first[nameAndType]], utf8[second[nameAndType]]));
            }
        }
        return calls;
    }
}
