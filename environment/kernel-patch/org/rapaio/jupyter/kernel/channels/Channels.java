package org.rapaio.jupyter.kernel.channels;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Stack;

import org.rapaio.jupyter.kernel.core.ConnectionProperties;
import org.rapaio.jupyter.kernel.core.RapaioKernel;
import org.rapaio.jupyter.kernel.message.ContentType;
import org.rapaio.jupyter.kernel.message.HMACDigest;
import org.rapaio.jupyter.kernel.message.Message;
import org.rapaio.jupyter.kernel.message.MessageId;
import org.rapaio.jupyter.kernel.message.MessageType;
import org.rapaio.jupyter.kernel.message.messages.ErrorReply;
import org.rapaio.jupyter.kernel.message.messages.IOPubStatus;
import org.rapaio.jupyter.kernel.message.messages.IOPubStream;
import org.rapaio.org.zeromq.ZMQ;

/**
 * Replacement for the class of the same name in rapaio-jupyter-kernel 3.0.1, put before the kernel's jar on the
 * classpath by environment/setup.sh; the same class with a request context of its own for control messages (ZeroMQ
 * imported under the package name that the kernel's jar shades it to).
 *
 * <p>Why: in 3.0.1 the message id that replies and iopub messages take as parent, and the stack of after-actions, are
 * one field each, shared by the shell and control channels, and {@link #reply} always sends on the shell socket. An
 * interrupt_request handled while a cell runs overwrites the cell's message id and runs the cell's after-actions, so
 * the cell's error and execute_reply go out without a parent (the front end waits for ever), and the interrupt_reply
 * goes to the shell socket, where the client's control socket never sees it.
 *
 * <p>Here {@link #handleControl} (called by the control channel's loop) handles a control message with its own message
 * id and after-actions, kept per thread, so the shell's are untouched; while it runs, {@link #reply} and
 * {@link #replyError} send on the control socket.
 *
 * <p>Also, {@link #connect} registers the message handlers before it binds the sockets (which starts the channels'
 * loops); 3.0.1 binds first, so a kernel_info_request that arrives in between is dropped ("Unhandled message") and
 * Jupyter Notebook, which asks once at start, waits its 60-second kernel_info timeout before it uses the kernel. The
 * iopub socket is bound first and says "starting", then heartbeat, stdin, control and shell. Everything else is as in
 * 3.0.1.
 */
@SuppressWarnings( {"unchecked", "rawtypes"})
public final class Channels {

    private final ConnectionProperties connProps;

    private final ZMQ.Context ctx;

    private final HeartbeatChannel heartbeat;
    private final ShellChannel shell;
    private final ControlChannel control;
    private final StdinChannel stdin;
    private final IOPubChannel iopub;

    private final Set<AbstractChannel> channels;
    private final Stack<Runnable> afterActions = new Stack<>();

    private Map<MessageType<?>, MessageHandler> handlers;
    private volatile MessageId<?> msgId;

    /** The control message being handled on this thread, if any: its id and its own after-actions. */
    private final ThreadLocal<ControlRequest> controlRequest = new ThreadLocal<>();

    private static final class ControlRequest {
        private MessageId<?> msgId;
        private final Stack<Runnable> afterActions = new Stack<>();

        private ControlRequest(MessageId<?> msgId) {
            this.msgId = msgId;
        }
    }

    private boolean isConnected = false;
    private boolean requestShutdown = false;

    public Channels(ConnectionProperties connProps) throws NoSuchAlgorithmException, InvalidKeyException {
        this.connProps = connProps;
        ctx = ZMQ.context(1);

        HMACDigest hmacDigest = connProps.createHMACDigest();

        heartbeat = new HeartbeatChannel(this, ctx, hmacDigest);
        shell = new ShellChannel(this, ctx, hmacDigest, this);
        control = new ControlChannel(this, ctx, hmacDigest);
        stdin = new StdinChannel(this, ctx, hmacDigest);
        iopub = new IOPubChannel(this, ctx, hmacDigest);

        channels = Set.of(heartbeat, shell, control, stdin, iopub);
    }

    public void connect(RapaioKernel kernel) {
        if (!isConnected) {
            // The handlers first, then the sockets: binding starts the channels' loops, and a request that arrives
            // before its handler exists is lost (3.0.1 binds first).
            kernel.registerChannels(this);
            handlers = new HashMap<>();
            handlers.put(MessageType.SHELL_EXECUTE_REQUEST, kernel::handleExecuteRequest);
            handlers.put(MessageType.SHELL_INSPECT_REQUEST, kernel::handleInspectRequest);
            handlers.put(MessageType.SHELL_COMPLETE_REQUEST, kernel::handleCompleteRequest);
            handlers.put(MessageType.SHELL_HISTORY_REQUEST, kernel::handleHistoryRequest);
            handlers.put(MessageType.SHELL_IS_COMPLETE_REQUEST, kernel::handleIsCompleteRequest);
            handlers.put(MessageType.SHELL_KERNEL_INFO_REQUEST, kernel::handleKernelInfoRequest);
            handlers.put(MessageType.CONTROL_SHUTDOWN_REQUEST, kernel::handleShutdownRequest);
            handlers.put(MessageType.CONTROL_INTERRUPT_REQUEST, kernel::handleInterruptRequest);
            handlers.put(MessageType.CUSTOM_COMM_OPEN, kernel::handleCommOpenCommand);
            handlers.put(MessageType.CUSTOM_COMM_MSG, kernel::handleCommMsgCommand);
            handlers.put(MessageType.CUSTOM_COMM_CLOSE, kernel::handleCommCloseCommand);
            handlers.put(MessageType.SHELL_COMM_INFO_REQUEST, kernel::handleCommInfoRequest);

            iopub.bind(connProps);
            iopub.sendMessage(new Message<>(MessageType.IOPUB_STATUS, IOPubStatus.STARTING));
            List.of(heartbeat, stdin, control, shell).forEach(s -> s.bind(connProps));

            isConnected = true;
        }
    }

    public <T> MessageHandler<T> getHandler(MessageType<T> type) {
        return handlers.get(type);
    }

    public void close() {
        channels.forEach(AbstractChannel::close);
        ctx.close();
    }

    public void joinUntilClose() {
        channels.forEach(AbstractChannel::joinUntilClose);
    }

    /**
     * Handles a control message (interrupt_request, shutdown_request) in its own request context: replies and iopub
     * messages take it as parent, replies go on the control socket, and its after-actions run at the end; the shell's
     * message id and after-actions, which a running cell is using, are left alone.
     */
    public void handleControl(Message<?> message, MessageHandler handler) {
        controlRequest.set(new ControlRequest(message.getId()));
        try {
            handler.handle(message);
        } finally {
            try {
                runAfterActions();
            } finally {
                controlRequest.remove();
            }
        }
    }

    private MessageId<?> currentMsgId() {
        ControlRequest control = controlRequest.get();
        return control != null ? control.msgId : msgId;
    }

    private Stack<Runnable> currentAfterActions() {
        ControlRequest control = controlRequest.get();
        return control != null ? control.afterActions : afterActions;
    }

    public boolean hasMsgId() {
        return currentMsgId() != null;
    }

    public void setMsgId(MessageId<?> msgId) {
        ControlRequest control = controlRequest.get();
        if (control != null) {
            control.msgId = msgId;
        } else {
            this.msgId = msgId;
        }
    }

    public void freeMsgId() {
        setMsgId(null);
    }

    public void markForShutdown() {
        requestShutdown = true;
    }

    public boolean isMarkedForShutdown() {
        return requestShutdown;
    }

    public void writeToStdOut(String msg) {
        publish(new IOPubStream(IOPubStream.StreamName.OUT, msg));
    }

    public void writeToStdErr(String msg) {
        publish(new IOPubStream(IOPubStream.StreamName.ERR, msg));
    }

    public String readFromStdIn() {
        return stdin.getInput(msgId, "", false);
    }

    public <T extends ContentType<T>> void publish(T content) {
        iopub.sendMessage(new Message<>(currentMsgId(), content.type(), content));
    }

    public <T extends ContentType<T>> void reply(T content) {
        replyChannel().sendMessage(new Message<>(currentMsgId(), content.type(), content));
    }

    public void replyError(MessageType<?> type, ErrorReply error) {
        replyChannel().sendMessage(new Message(currentMsgId(), type, error));
    }

    private AbstractChannel replyChannel() {
        return controlRequest.get() != null ? control : shell;
    }

    public void scheduleAfter(Runnable action) {
        currentAfterActions().push(action);
    }

    public void runAfterActions() {
        Stack<Runnable> actions = currentAfterActions();
        while (!actions.isEmpty()) {
            actions.pop().run();
        }
    }

    public void busyThenIdle() {
        publish(IOPubStatus.BUSY);
        scheduleAfter(() -> publish(IOPubStatus.IDLE));
    }
}
